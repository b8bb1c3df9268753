export interface Dictionary {
  [key: string]: string | Dictionary;
}
