namespace Timeline.Cli;

/// <summary>The command line asks for something the command does not have (an unknown option, a stray argument).</summary>
public sealed class CommandLineMistakeException(string message) : Exception(message);
