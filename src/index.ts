import { run } from './main.js'

// The ncc entry point of the action; `run` lives in main.ts so tests can drive it in process.
void run()
