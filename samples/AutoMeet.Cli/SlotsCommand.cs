using AutoMeet.Scheduling;
using AutoMeet.Scheduling.Interchange;

namespace AutoMeet.Cli;

/// <summary>The <c>slots</c> command: one availability document on input, its bookable slots on output.</summary>
internal static class SlotsCommand
{
    private static readonly AvailabilityEngine Engine = new();

    /// <summary>Reads the document, computes the slots and writes them.</summary>
    /// <param name="input">The document (UTF-8 JSON).</param>
    /// <param name="output">Receives the slots document.</param>
    /// <param name="error">Receives one line naming the field when the input is invalid.</param>
    /// <returns>0 on success, 1 on invalid input.</returns>
    public static int Run(Stream input, Stream output, TextWriter error)
    {
        AvailabilityResult result;
        try
        {
            var request = AvailabilityDocumentReader.Read(input);
            result = Engine.GetSlots(request);
        }
        catch (AvailabilityValidationException e)
        {
            error.WriteLine("error: " + e.Message.ReplaceLineEndings(" "));
            return CliApp.InvalidInput;
        }

        SlotsDocumentWriter.Write(result, output);
        output.Flush();
        return CliApp.Ok;
    }
}
