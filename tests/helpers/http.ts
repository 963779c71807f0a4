import qs from 'qs';

/** A REST path with Strapi's nested query syntax (filters, populate, pagination). */
export const path = (base: string, query: Record<string, unknown> = {}) => {
  const search = qs.stringify(query, { encodeValuesOnly: true });
  return search ? `${base}?${search}` : base;
};

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
