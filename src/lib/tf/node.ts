// unrolled/tf/node: the parts of the tfjs adapter that need Node (file system), kept out of browser bundles.
export { loadModelFromFile, nodeFileSystem, saveModelToFile } from './node-fs.js';
export { main as runCli } from './cli/main.js';
export { writeModelFolder } from './train/write-folder.js';
