// A model folder as one zip file for the browser's download. fflate is imported when a reader downloads, so no
// page's first load carries it.
import { download } from './export.js';

/** Zips named files into a folder `folder/` and saves the zip as `folder.zip`. */
export async function downloadZip(
  folder: string,
  files: readonly { name: string; data: Uint8Array }[]
): Promise<void> {
  const { zipSync } = await import('fflate');
  const zipped = zipSync(
    Object.fromEntries(files.map((file) => [`${folder}/${file.name}`, file.data])),
    { level: 6, mtime: new Date('2026-01-01T00:00:00Z') }
  );
  download(
    new Blob([zipped as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
    `${folder}.zip`
  );
}
