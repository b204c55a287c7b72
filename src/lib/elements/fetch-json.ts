// Fetching what an element needs, with one readable line for each way it can fail.

async function fetchOk(url: URL | string, what: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new Error(
      `Could not fetch the ${what} from ${String(url)} (offline, or its server does not allow this page).`,
      { cause: error }
    );
  }
  if (!response.ok) throw new Error(`The ${what} at ${String(url)} answered ${response.status}.`);
  return response;
}

/** Fetches `url` as JSON; rejects with a message naming `what` and the URL (network, HTTP status, not JSON). */
export async function fetchJson(
  url: URL | string,
  what: string,
  signal?: AbortSignal
): Promise<unknown> {
  const response = await fetchOk(url, what, signal);
  try {
    return await response.json();
  } catch (error) {
    throw new Error(`The ${what} at ${String(url)} is not JSON.`, { cause: error });
  }
}

/** Fetches `url` as text, failing like fetchJson. */
export async function fetchText(
  url: URL | string,
  what: string,
  signal?: AbortSignal
): Promise<string> {
  return (await fetchOk(url, what, signal)).text();
}
