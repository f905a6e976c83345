/** A value now, or later: resolvers return values at once when the request has them already. */
export type MaybePromise<T> = T | Promise<T>;

/** Applies `fn` now to a value, or when a promise settles. */
export function then<T, U>(value: MaybePromise<T>, fn: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(fn) : fn(value);
}
