import { defineConfig } from 'tsup';
import { keepClientDirectiveFirst, packageBuild } from '../../tsup.shared.ts';

export default defineConfig(packageBuild({ plugins: [keepClientDirectiveFirst()] }));
