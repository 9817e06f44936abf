// A typed client of the Passerelle API: paths, parameters and bodies come from the OpenAPI document
// (npm run generate), so a renamed field or a new required parameter breaks the build, not the user.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./generated/api";

export type Schemas = components["schemas"];
export type Api = ReturnType<typeof passerelle>;

/**
 * @param baseUrl where the API is served, e.g. https://passerelle.alpi40.fr
 * @param accessToken the current OIDC access token (authorization code + PKCE, refreshed by your OIDC library)
 */
export function passerelle(baseUrl: string, accessToken: () => Promise<string>) {
  const client = createClient<paths>({ baseUrl });
  const auth: Middleware = {
    async onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${await accessToken()}`);
      request.headers.set("Accept-Language", "fr");
      return request;
    },
  };
  client.use(auth);
  return client;
}

/** What the API says went wrong (application/problem+json), for the user. */
export class ProblemError extends Error {
  constructor(readonly problem: Schemas["Problem"]) {
    super(problem.detail ?? problem.title);
  }
}
