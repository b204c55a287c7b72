// embed-host.js: one script tag on a course page sizes every unrolled iframe embed to its content.
import { resizeFramesOnMessage } from './resize-frames.js';

resizeFramesOnMessage(window);
