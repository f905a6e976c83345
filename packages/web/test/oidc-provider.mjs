// A real OpenID Connect provider (the npm package oidc-provider) for the browser tests: its own
// sign-in and consent pages (the package's development interactions: any login, any password),
// one client for Kruispunt. The account's e-mail address is the login typed; verified.
import Provider from 'oidc-provider';

export const OIDC_CLIENT = { id: 'kruispunt-test', secret: 'kruispunt-test-secret-0123456789abcdef' };

/** Starts on `port` (issuer http://127.0.0.1:<port>); `redirectUri` is Kruispunt's callback. */
export async function startOidcProvider({ port, redirectUri }) {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    async findAccount(_ctx, id) {
      const email = String(id).trim().toLowerCase();
      const name = email
        .split('@')[0]
        .split('.')
        .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
        .join(' ');
      return { accountId: email, claims: async () => ({ sub: `sub-${email}`, email, email_verified: true, name }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['kruispunt-test-cookie-key'] },
    pkce: { required: () => true },
  });
  // Its warnings about development keys and interactions are expected here.
  provider.on('server_error', (_ctx, error) => console.error('[oidc-provider]', error));
  provider.on('grant.error', (_ctx, error) => console.error('[oidc-provider] grant refused:', error.message, error.error_detail ?? ''));
  const server = await new Promise((resolve, reject) => {
    const s = provider.listen(port, '127.0.0.1', () => resolve(s));
    s.on('error', reject);
  });
  return { issuer, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
