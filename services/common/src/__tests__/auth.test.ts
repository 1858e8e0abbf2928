import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { PUBLIC_ROOT_FIELDS, rootFieldNames } from "../auth";

function rootsOf(source: string) {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  return rootFieldNames(operation, fragments);
}

describe("which root fields an operation asks for", () => {
  it.each([
    ['mutation { login(username: "a", password: "b") { token } }', ["login"], true],
    ["{ __typename }", ["__typename"], true],
    ["{ provinces { code } }", ["provinces"], false],
    ['mutation { login(username: "a", password: "b") { token } createAccount(input: {}) { id } }', ["login", "createAccount"], false],
    ["query { ...F } fragment F on Query { provinces { code } }", ["provinces"], false],
    ["query { ... on Query { me { id } } }", ["me"], false],
  ])("%s → %j (anonymous allowed: %s)", (source, names, anonymous) => {
    const roots = rootsOf(source);
    expect(roots).toEqual(names);
    expect(roots.every((name) => PUBLIC_ROOT_FIELDS.has(name))).toBe(anonymous);
  });
});
