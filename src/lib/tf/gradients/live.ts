// Which tensors of a layer graph depend on a recurrent layer: only those need a gradient.
import { layerRole } from '../extract.js';
import { isContainer, type ContainerLike } from '../internals.js';

/** Ids of the symbolic tensors computed from some recurrent layer's output (nested models included). */
export function liveTensors(container: ContainerLike, into = new Set<number>()): Set<number> {
  const depths = Object.keys(container.nodesByDepth)
    .map(Number)
    .sort((a, b) => b - a);
  for (const depth of depths) {
    for (const node of container.nodesByDepth[depth]!) {
      const layer = node.outboundLayer;
      if (isContainer(layer)) {
        layer.inputs.forEach((inner, i) => {
          if (into.has(node.inputTensors[i]?.id ?? -1)) into.add(inner.id);
        });
        liveTensors(layer, into);
        layer.outputs.forEach((inner, i) => {
          const outer = node.outputTensors[i];
          if (outer && into.has(inner.id)) into.add(outer.id);
        });
        continue;
      }
      const live =
        layerRole(layer) !== 'other' || node.inputTensors.some((input) => into.has(input.id));
      if (live) node.outputTensors.forEach((output) => into.add(output.id));
    }
  }
  return into;
}
