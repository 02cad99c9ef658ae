// Registers module hooks that append every resolved module URL to $LINKAGE_TRACE.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
