import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';

/** CLI commands of the relations analyses (index, leadlag, timeline, network). */
export function registerRelationsCommands(_program: Command, _ctx: CommandContext): void {}
