// The whole site is static: every route prerenders.
export const prerender = true;
