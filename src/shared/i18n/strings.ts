/** The shape of a catalog with every string widened: another language must fill exactly the same keys. */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> }
