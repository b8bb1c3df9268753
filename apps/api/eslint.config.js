import base from '@cchc/eslint-config';

export default [
  ...base,
  {
    // Decorated classes (type-graphql, MikroORM) need runtime imports: a type-only import erases the class that
    // emitDecoratorMetadata refers to.
    files: ['src/**/*.entity.ts', 'src/**/*.type.ts', 'src/**/*.resolver.ts', 'src/**/*.input.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
];
