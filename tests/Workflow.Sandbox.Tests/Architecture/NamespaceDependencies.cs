using System.Reflection;
using System.Reflection.Emit;

namespace Workflow.Sandbox.Tests.Architecture;

/// <summary>
/// Which folder namespaces of the host assemblies use which others, read by reflection: signatures, base types,
/// fields, attributes and every type, method and field token in the method bodies (IL), so a qualified name or a
/// lambda counts as much as a using directive. A compiler-generated type (lambda closure, async state machine)
/// counts as its declaring type.
/// </summary>
internal static class NamespaceDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>Edges "from → to" between the folder namespaces (e.g. Workflow.Hosting.Plugins) under <paramref name="roots"/>.</summary>
    /// <param name="assemblies">The assemblies to read.</param>
    /// <param name="roots">Namespace roots that count, e.g. "Workflow.Hosting"; a folder is a root plus one segment.</param>
    public static IReadOnlySet<(string From, string To)> Edges(IEnumerable<Assembly> assemblies, IReadOnlyList<string> roots)
    {
        var edges = new HashSet<(string, string)>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (Folder(type, roots) is not { } from)
            {
                continue;
            }

            foreach (var used in UsedTypes(type))
            {
                if (Folder(used, roots) is { } to && to != from)
                {
                    edges.Add((from, to));
                }
            }
        }

        return edges;
    }

    /// <summary>The folder namespace of <paramref name="type"/>'s outermost declaring type, or null outside the roots.</summary>
    public static string? Folder(Type type, IReadOnlyList<string> roots)
    {
        while (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            type = type.GetGenericTypeDefinition();
        }

        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        var ns = type.Namespace;
        if (ns is null)
        {
            return null;
        }

        foreach (var root in roots)
        {
            if (ns.StartsWith(root + ".", StringComparison.Ordinal))
            {
                var rest = ns[(root.Length + 1)..];
                var dot = rest.IndexOf('.', StringComparison.Ordinal);
                return root + "." + (dot < 0 ? rest : rest[..dot]);
            }
        }

        return null;
    }

    private static IEnumerable<Type> UsedTypes(Type type)
    {
        var found = new List<Type?> { type.BaseType };
        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetCustomAttributesData().Select(a => a.AttributeType));
        foreach (var field in type.GetFields(Declared))
        {
            found.Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            found.Add(property.PropertyType);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(method.GetMethodBody()?.LocalVariables.Select(l => l.LocalType) ?? []);
            found.AddRange(BodyTypes(method));
        }

        return found.OfType<Type>().SelectMany(Expand);
    }

    // A type with its generic arguments, element type and declaring types: List<LoadedAction>[] uses LoadedAction.
    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var inner in Expand(element))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }

    // The types of every token operand in the method's IL: calls, field loads, casts, newobj, ldtoken.
    private static IEnumerable<Type> BodyTypes(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var value = (short)il[position++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[position++]);
            }

            var opCode = OpCodesByValue[value];
            var operandSize = OperandSize(opCode.OperandType, il, position);
            if (opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, position);
                if (Resolve(method.Module, token, typeArguments, methodArguments) is { } member)
                {
                    yield return member;
                }
            }

            position += operandSize;
        }
    }

    private static Type? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
    {
        try
        {
            return module.ResolveMember(token, typeArguments, methodArguments) switch
            {
                Type type => type,
                MemberInfo member => member.DeclaringType,
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static int OperandSize(OperandType type, byte[] il, int position) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };

}
