/** Entry for the story page: start the scroll engine with the address bar following the reader. */
import { startEngine } from '../engine/scroll-engine';
import { initPassageLinks } from './passage-links';

startEngine({ followHash: true });
initPassageLinks();
