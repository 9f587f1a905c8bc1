// node:sea: the assets a single executable carries (kiln build --exe
// --asset, or a sea-config.json's "assets"), over stdlib/sea.go's
// isSea and rawAsset. Outside an executable every getter throws, as node's.

const { Blob } = require('buffer');
const { TextDecoder } = require('internal/encoding');

function validateString(value, name) {
  if (typeof value !== 'string') throw binding.invalidArgType(name, 'of type string', value);
}

function isSea() {
  return binding.isSea();
}

// getRawAsset returns the asset's bytes in place, not a copy: the
// executable's own pages, mapped read-only, so a write to them ends the
// process as it does in node.
function getRawAsset(key) {
  validateString(key, 'key');
  if (!binding.isSea()) {
    throw binding.nodeError('Error', 'ERR_NOT_IN_SINGLE_EXECUTABLE_APPLICATION',
      'Operation cannot be invoked when not in a single-executable application');
  }
  const asset = binding.rawAsset(key);
  if (asset === undefined) {
    throw binding.nodeError('Error', 'ERR_SINGLE_EXECUTABLE_APPLICATION_ASSET_NOT_FOUND',
      `Cannot find asset ${key} for the single executable application`);
  }
  return asset;
}

function getAsset(key, encoding) {
  if (encoding !== undefined) validateString(encoding, 'encoding');
  const asset = getRawAsset(key);
  if (encoding === undefined) return ArrayBuffer.prototype.slice.call(asset);
  return new TextDecoder(encoding).decode(asset);
}

function getAssetAsBlob(key, options) {
  return new Blob([getRawAsset(key)], options);
}

module.exports = { isSea, getAsset, getRawAsset, getAssetAsBlob };
