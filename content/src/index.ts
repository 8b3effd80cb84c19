export { contentRoot, defaultNarrativeDir, defaultNarrativeId } from './content-root.js';
