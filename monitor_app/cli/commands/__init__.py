"""The commands: one small function per command, grouped in a module per command group.

A command takes the parsed arguments and the `Session` and returns an exit status (or
None for 0); `monitor_app.cli.parser` wires each one to its argparse sub-command.
"""
