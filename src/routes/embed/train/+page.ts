// Static HTML with two module scripts, as every embed: csr = false keeps inline scripts out.
export const prerender = true;
export const csr = false;
