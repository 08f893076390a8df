/**
 * Every file under /data/: each visual lists its downloads in src/visuals/<name>/downloads.ts
 * (kit/downloads.ts); this one route writes them all at build.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { allDownloads } from '../../visuals/registry';
import { contentType, type Download } from '../../visuals/kit/downloads';

export const getStaticPaths = (() => allDownloads().map((download) => ({ params: { file: download.path }, props: { download } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ download: Download }> = ({ props }) =>
  new Response(props.download.body(), { headers: { 'Content-Type': contentType(props.download.path) } });
