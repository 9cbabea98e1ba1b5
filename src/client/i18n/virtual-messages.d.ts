// The compiled catalogues the build plugin serves (catalogue-plugin.ts).
declare module 'virtual:messages/*' {
  const messages: Readonly<Record<string, (values: Readonly<Record<string, string | number>>) => string>>;
  export default messages;
}
