// The UI benchmark page is static like every route; it builds its model in the browser.
export const prerender = true;
