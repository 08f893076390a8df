/** Entry for the story page: start the scroll engine with the address bar following the reader. */
import { startEngine } from '../engine/scroll-engine';
import { initFigureDetails } from './figure-details';
import { initPassageLinks } from './passage-links';
import { watchTargets } from './reveal-target';

watchTargets();
startEngine({ followHash: true });
initPassageLinks();
initFigureDetails();
