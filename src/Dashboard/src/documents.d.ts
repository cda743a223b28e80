// A documented operation (docs/operations/*.graphql) imported by the page: the build gives its trusted-document id
// (sha256 of the file, which the API registers at start-up) instead of its text, so the page sends only the id.
declare module '*.graphql' {
  const document: { readonly id: string; readonly name: string };
  export default document;
}
