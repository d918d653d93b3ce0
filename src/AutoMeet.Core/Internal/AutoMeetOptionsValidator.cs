using Microsoft.Extensions.Options;

namespace AutoMeet.Internal;

/// <summary>Validates the attribute rules of <see cref="AutoMeetOptions"/> (source-generated).</summary>
[OptionsValidator]
internal sealed partial class AutoMeetOptionsValidator : IValidateOptions<AutoMeetOptions>
{
}
