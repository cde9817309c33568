/**
 * Lists the WebExtension APIs the extension's code really uses, by asking the
 * TypeScript checker what each property access resolves to: a member of a
 * namespace's `Static` interface in @types/webextension-polyfill is an API
 * (`alarms.create`, `storage.session`, `devtools.panels.create`), however the
 * object was passed around: `browser.alarms` handed to a parameter typed
 * `{ create, get, clear }` counts as those three. The storage areas that
 * @wxt-dev/storage reads and writes for us are counted from the item keys
 * (`'session:health'` is a use of `storage.session`).
 */
import { basename, resolve } from 'node:path';
import ts from 'typescript';

const NAMESPACE_FILE = /[\\/]@types[\\/]webextension-polyfill[\\/]namespaces[\\/]([\w]+)\.d\.ts$/;
const POLYFILL_ROOT = /[\\/]@types[\\/]webextension-polyfill[\\/]index\.d\.ts$/;
const CHROME_TYPES = /[\\/]@types[\\/]chrome[\\/]/;
const STORAGE_ITEM_KEY = /^(local|session|sync|managed):/;

export interface ApiUsage {
  /** e.g. 'runtime.onMessage' → the files that use it. */
  apis: Map<string, Set<string>>;
  /** Uses of the untyped-for-Firefox `chrome` global, which this scan cannot vouch for. */
  chromeGlobal: string[];
}

export function extensionSourceFiles(program: ts.Program, root: string): ts.SourceFile[] {
  const src = resolve(root, 'src') + '/';
  return program
    .getSourceFiles()
    .filter((f) => f.fileName.startsWith(src) && !/\.test(-util)?\.tsx?$|test-fakes/.test(f.fileName) && !f.fileName.includes('/src/sdk/'));
}

export function scanApiUsage(root: string): ApiUsage {
  const config = ts.getParsedCommandLineOfConfigFile(resolve(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error('cannot read tsconfig.json');
  const program = ts.createProgram({ rootNames: config.fileNames.filter((f) => f.includes('/src/')), options: config.options });
  const checker = program.getTypeChecker();
  const apis = new Map<string, Set<string>>();
  const chromeGlobal: string[] = [];

  for (const file of extensionSourceFiles(program, root)) {
    const record = (api: string) => {
      const users = apis.get(api) ?? new Set<string>();
      users.add(basename(file.fileName));
      apis.set(api, users);
    };
    const usesStorageItems = file.statements.some((s) => ts.isImportDeclaration(s) && ts.isStringLiteral(s.moduleSpecifier) && s.moduleSpecifier.text === '@wxt-dev/storage');
    const visit = (node: ts.Node): void => {
      if (usesStorageItems && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node))) {
        const area = STORAGE_ITEM_KEY.exec(node.text)?.[1];
        if (area) record(`storage.${area}`);
      }
      if (ts.isPropertyAccessExpression(node)) {
        for (const declaration of checker.getSymbolAtLocation(node.name)?.declarations ?? []) {
          const declaredIn = declaration.getSourceFile().fileName;
          const namespace = NAMESPACE_FILE.exec(declaredIn)?.[1];
          const owner = declaration.parent;
          if (namespace && ts.isInterfaceDeclaration(owner) && owner.name.text === 'Static') {
            record(`${namespace.replace(/_/g, '.')}.${node.name.text}`);
          }
          // A whole namespace handed on (`alarms: browser.alarms`): what the receiver may call.
          const handedOn = !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node);
          const receiver = handedOn && POLYFILL_ROOT.test(declaredIn) ? checker.getContextualType(node) : undefined;
          for (const member of receiver?.getProperties() ?? []) record(`${node.name.text}.${member.name}`);
        }
      }
      if (ts.isIdentifier(node) && node.text === 'chrome') {
        const declarations = checker.getSymbolAtLocation(node)?.declarations ?? [];
        if (declarations.some((d) => CHROME_TYPES.test(d.getSourceFile().fileName))) {
          const { line } = file.getLineAndCharacterOfPosition(node.getStart());
          chromeGlobal.push(`${basename(file.fileName)}:${line + 1}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { apis, chromeGlobal };
}
