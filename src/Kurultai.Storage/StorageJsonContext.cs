using System.Text.Json.Serialization;
using Kurultai.Model;

namespace Kurultai.Storage;

/// <summary>
/// Compile-time JSON for the event records the store writes and reads by the hundred thousand (no reflection, and a
/// serializer that writes straight to the buffer); the same shape as <see cref="StorageJson.Options"/> gives.
/// </summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventRecord))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;
