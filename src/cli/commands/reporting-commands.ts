import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';

/** CLI commands of the reporting analyses (summits, exchanges, claims, narratives, ach, report). */
export function registerReportingCommands(_program: Command, _ctx: CommandContext): void {}
