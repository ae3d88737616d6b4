import { serve } from '../main.js';

export function runServe(): Promise<void> {
  return serve();
}
