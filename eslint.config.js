// Fences from ARCHITECTURE.md: shared/ is host-blind; components never touch Office.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.tsbuild/**', 'test-output/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react*',
            '@fluentui/*',
            'exceljs',
            '@azure/*',
            'hono',
            'hono/*',
            'node:*',
            'fs',
            'path',
            '../addin/*',
            '../functions/*',
            '../../addin/*',
            '../../functions/*',
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'Office',
        'Excel',
        'process',
        'Buffer',
        'console',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'shared/ takes dates as arguments',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'shared/ takes dates as arguments',
        },
      ],
    },
  },
  {
    files: ['addin/components/**/*.tsx', 'addin/components/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../office/*', '**/office/*'] }],
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
);
