/** The tool's own stylesheets (styles/): apart from compose, so that an output can name them without loading it. */
export const defaultStylesDir = new URL('../../styles/', import.meta.url).pathname;
