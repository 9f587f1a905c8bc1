export default import.meta.url.slice(new URL('../..', import.meta.url).href.length);
