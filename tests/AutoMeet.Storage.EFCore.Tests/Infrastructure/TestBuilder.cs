using Microsoft.Extensions.DependencyInjection;

namespace AutoMeet.Storage.EFCore.Tests.Infrastructure;

/// <summary>A minimal <see cref="IAutoMeetBuilder"/>, so the store is tested without AutoMeet.Core.</summary>
internal sealed class TestBuilder(IServiceCollection services) : IAutoMeetBuilder
{
    public IServiceCollection Services { get; } = services;
}
