namespace AutoMeet.Cli;

/// <summary>Dispatches the command line to a command.</summary>
internal static class CliApp
{
    public const int Ok = 0;
    public const int InvalidInput = 1;
    public const int Usage = 2;

    /// <summary>Runs a command.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="input">Standard input.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error (one line per failure).</param>
    /// <returns>The exit code: 0 on success, 1 on invalid input, 2 on a usage error.</returns>
    public static int Run(string[] args, Stream input, Stream output, TextWriter error)
    {
        switch (args)
        {
            case ["slots"]:
                return SlotsCommand.Run(input, output, error);
            case ["classify"]:
                return ReplyCommands.Classify(input, output);
            case ["extract-availability"]:
                return ReplyCommands.ExtractAvailability(input, output);
            default:
                error.WriteLine("usage: AutoMeet.Cli slots < availability.json               (the bookable slots of one availability document)");
                error.WriteLine("       AutoMeet.Cli classify < replies.jsonl                 (one classification per reply line)");
                error.WriteLine("       AutoMeet.Cli extract-availability < phrases.jsonl     (the offered time windows per line)");
                return Usage;
        }
    }
}
