using System.Reflection;
using AutoMeet.Storage;

namespace AutoMeet.Abstractions.Tests;

public sealed class ArchitectureTests
{
    private static readonly Assembly Abstractions = typeof(IAutoMeetStore).Assembly;

    [Fact]
    public void Abstractions_ReferencesNoAdapterOrStorageFramework()
    {
        var names = Abstractions.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(names, n => n.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("Google", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("Npgsql", StringComparison.Ordinal));
        Assert.DoesNotContain(names, n => n.StartsWith("AutoMeet.", StringComparison.Ordinal));
    }

    [Fact]
    public void Entities_AreSealedWithParameterlessConstructorsAndNewIds()
    {
        var entities = Abstractions.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Entity<>))
            .ToList();

        Assert.True(entities.Count >= 17, $"expected every stored entity, found {entities.Count}");
        foreach (var type in entities)
        {
            Assert.True(type.IsSealed, $"{type.Name} should be sealed");
            var instance = Activator.CreateInstance(type)!;
            var id = type.GetProperty("Id")!.GetValue(instance)!;
            Assert.False((bool)id.GetType().GetProperty("IsEmpty")!.GetValue(id)!, $"{type.Name} should get a new id");
        }
    }

    [Fact]
    public void PublicClasses_AreSealedOrAbstract()
    {
        var open = Abstractions.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && t != typeof(AutoMeetException))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }
}
