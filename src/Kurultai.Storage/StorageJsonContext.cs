using System.Text.Json.Serialization;
using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>
/// Compile-time JSON for the event records the store writes by the hundred thousand (a serializer that writes straight
/// to the buffer, no reflection); the same shape as <see cref="StorageJson.Options"/> gives.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventRecord))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
