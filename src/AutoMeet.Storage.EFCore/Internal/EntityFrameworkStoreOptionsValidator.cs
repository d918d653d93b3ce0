using Microsoft.Extensions.Options;

namespace AutoMeet.Storage.EFCore.Internal;

/// <summary>Validates <see cref="EntityFrameworkStoreOptions"/> at start-up.</summary>
internal sealed class EntityFrameworkStoreOptionsValidator : IValidateOptions<EntityFrameworkStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, EntityFrameworkStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add($"{nameof(EntityFrameworkStoreOptions)}.{nameof(EntityFrameworkStoreOptions.ConnectionString)} is required.");
        }

        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add($"{nameof(EntityFrameworkStoreOptions)}.{nameof(EntityFrameworkStoreOptions.Provider)} '{options.Provider}' is not a known provider (Sqlite or PostgreSql).");
        }

        if (options.CommandTimeoutSeconds <= 0)
        {
            failures.Add($"{nameof(EntityFrameworkStoreOptions)}.{nameof(EntityFrameworkStoreOptions.CommandTimeoutSeconds)} must be greater than zero; got {options.CommandTimeoutSeconds}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
