// Appends to one function file the WPS registration of each of its @customfunction functions (see wps-plugins.js):
// registerWpsFunction("ID", functionName, [whether each parameter takes a range]).
module.exports = function appendWpsRegistrations(source) {
  const { registrations } = this.getOptions();
  if (registrations.length === 0) return source;
  const calls = registrations.map(
    ({ id, functionName, ranges }) =>
      `registerWpsFunction__(${JSON.stringify(id)}, ${functionName}, ${JSON.stringify(ranges)});`,
  );
  return `${source}\nimport { registerWpsFunction as registerWpsFunction__ } from "./wps";\n${calls.join("\n")}\n`;
};
