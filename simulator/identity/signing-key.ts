import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  type JWTPayload,
  SignJWT,
} from 'jose';

/** One public RSA signing key as published in a JWKS. */
export interface Jwk {
  kty: string;
  n: string;
  e: string;
  kid: string;
  use: 'sig';
  alg: 'RS256';
}

/** A JSON Web Key Set, the body of a `jwks_uri`. */
export interface Jwks {
  keys: Jwk[];
}

/** An RS256 key pair generated at start, with the `kid` its tokens carry and the JWKS that verifies them. */
export interface SigningKey {
  readonly kid: string;
  readonly jwks: Jwks;
  /** Signs `claims` as a compact JWT with header `{ typ: 'JWT', alg: 'RS256', kid }`. */
  sign(claims: JWTPayload): Promise<string>;
}

/**
 * Generates a fresh RS256 key pair. The `kid` is the key's RFC 7638 thumbprint, so two keys never share
 * one and a token signed by one key finds no key in the other's JWKS.
 */
export async function createSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const { kty, n, e } = await exportJWK(publicKey);
  if (!kty || !n || !e) throw new Error('the generated RSA public key exported without kty, n or e');
  const kid = await calculateJwkThumbprint({ kty, n, e });
  return {
    kid,
    jwks: { keys: [{ kty, n, e, kid, use: 'sig', alg: 'RS256' }] },
    sign: (claims) => signWith(privateKey, kid, claims),
  };
}

function signWith(privateKey: CryptoKey, kid: string, claims: JWTPayload): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ typ: 'JWT', alg: 'RS256', kid }).sign(privateKey);
}
