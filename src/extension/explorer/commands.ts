// The explorer's commands (category "Stowage"). Every handler is guarded: an engine failure becomes a
// message naming the cause and a log entry with the stack, never an unhandled rejection.
import * as vscode from 'vscode';
import { classifyEngineError } from '../../engine/errors';
import { formatBytes } from '../../engine/format';
import { describeRemoveOutcome, executePrune, planPrune, removeVolumesSafely, type PrunePlan, type PruneScope } from '../../engine/removal';
import { parseKeyValues, validateVolumeName } from '../../engine/volumeName';
import type { ExplorerController } from './controller';
import type { CommandHandler } from './deferred';
import { t } from './text';
import type { VolumesElement } from './volumesView';

export const INSPECT_SCHEME = 'stowage-volume';

type Handler = (...args: never[]) => Promise<unknown> | unknown;

const NO_ENGINE = { en: 'No Docker engine', ko: 'Docker 엔진이 없습니다' };

/** The commands' handlers by id; the extension's command stand-ins run them once the explorer is loaded. */
export function commandHandlers(controller: ExplorerController): Array<[string, CommandHandler]> {
  const guard = (id: string, handler: Handler): [string, CommandHandler] => [
    id,
    async (...args: unknown[]) => {
      try {
        return await (handler as (...rest: unknown[]) => unknown)(...args);
      } catch (error) {
        const fault = classifyEngineError(error, controller.client?.endpoint);
        controller.log.error(error instanceof Error ? error : String(error));
        void vscode.window.showErrorMessage(t(fault.message));
        return undefined;
      }
    },
  ];
  const client = () => {
    const current = controller.client;
    if (current === undefined) throw new Error(controller.message ?? t(NO_ENGINE));
    return current;
  };
  const volumeNames = (element: VolumesElement | undefined, selected: readonly VolumesElement[] | undefined): string[] => {
    const chosen = selected !== undefined && selected.length > 0 ? selected : element !== undefined ? [element] : [];
    return chosen.flatMap((entry) => (entry.kind === 'volume' ? [entry.node.volume.name] : entry.kind === 'group' ? entry.group.volumes.map((node) => node.volume.name) : []));
  };

  return [
    guard('stowage.explorer.refresh', () => controller.refresh()),
    guard('stowage.explorer.openSettings', () => vscode.commands.executeCommand('workbench.action.openSettings', 'stowage.docker')),
    guard('stowage.explorer.createVolume', async () => {
      const name = await vscode.window.showInputBox({
        title: t({ en: 'Create Volume', ko: '볼륨 만들기' }),
        prompt: t({ en: 'Volume name (empty: the engine generates one)', ko: '볼륨 이름 (비우면 엔진이 이름을 만듭니다)' }),
        validateInput: (value) => {
          const problem = validateVolumeName(value.trim());
          return problem === undefined ? undefined : t(problem);
        },
      });
      if (name === undefined) return;
      const driver = await vscode.window.showInputBox({ title: t({ en: 'Volume driver', ko: '볼륨 드라이버' }), value: 'local' });
      if (driver === undefined) return;
      const problem = validateVolumeName(name.trim(), driver.trim());
      if (problem !== undefined) throw new Error(t(problem));
      const labelText = await vscode.window.showInputBox({
        title: t({ en: 'Labels', ko: '레이블' }),
        prompt: t({ en: 'key=value pairs, separated by commas (optional)', ko: '쉼표로 구분한 key=value 쌍 (선택)' }),
        validateInput: (value) => (parseKeyValues(value).invalid.length > 0 ? t({ en: 'Every label needs a key.', ko: '모든 레이블에는 키가 필요합니다.' }) : undefined),
      });
      if (labelText === undefined) return;
      const created = await client().createVolume({ name: name.trim(), driver: driver.trim(), labels: parseKeyValues(labelText).values });
      void vscode.window.showInformationMessage(t({ en: `Created volume ${created.name}.`, ko: `볼륨 ${created.name}을(를) 만들었습니다.` }));
      await controller.refresh();
    }),
    guard('stowage.explorer.inspectVolume', async (element: VolumesElement) => {
      const [name] = volumeNames(element, undefined);
      if (name === undefined) return;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: INSPECT_SCHEME, path: `/${name}.json` }));
      await vscode.window.showTextDocument(await vscode.languages.setTextDocumentLanguage(document, 'json'), { preview: true });
    }),
    guard('stowage.explorer.copyName', (element: VolumesElement) => vscode.env.clipboard.writeText(volumeNames(element, undefined).join('\n'))),
    guard('stowage.explorer.copyMountpoint', (element: VolumesElement) => {
      if (element.kind === 'volume') return vscode.env.clipboard.writeText(element.node.volume.mountpoint);
      return undefined;
    }),
    guard('stowage.explorer.removeVolume', async (element: VolumesElement | undefined, selected: VolumesElement[] | undefined) => {
      const names = volumeNames(element, selected);
      if (names.length === 0) return;
      const chosen = selected !== undefined && selected.length > 0 ? selected : element !== undefined ? [element] : [];
      const nodes = chosen.flatMap((entry) => (entry.kind === 'volume' ? [entry.node] : entry.kind === 'group' ? entry.group.volumes : []));
      const named = nodes.filter((node) => !node.volume.anonymous).map((node) => node.volume.name);
      if (named.length > 0) {
        const remove = t({ en: 'Remove', ko: '삭제' });
        const answer = await vscode.window.showWarningMessage(
          t({ en: `Remove ${names.length} volume(s)? The data in ${named.join(', ')} will be lost.`, ko: `볼륨 ${names.length}개를 삭제할까요? ${named.join(', ')}의 데이터가 사라집니다.` }),
          { modal: true },
          remove,
        );
        if (answer !== remove) return;
      }
      const outcomes = await removeVolumesSafely(client(), names);
      for (const outcome of outcomes) {
        const text = t(describeRemoveOutcome(outcome));
        if (outcome.kind === 'removed') void vscode.window.showInformationMessage(text);
        else void vscode.window.showWarningMessage(text);
      }
      await controller.refresh();
    }),
    guard('stowage.explorer.prune', () => prune(controller)),
    guard('stowage.explorer.filter', async () => {
      const picks = [
        { label: t({ en: 'By name…', ko: '이름으로…' }), id: 'name' },
        { label: t({ en: 'By label…', ko: '레이블로…' }), id: 'label', detail: t({ en: 'key or key=value', ko: '키 또는 키=값' }) },
        { label: t({ en: 'Unused only', ko: '사용하지 않는 것만' }), id: 'unused' },
        { label: t({ en: 'Clear filter', ko: '필터 지우기' }), id: 'clear' },
      ];
      const pick = await vscode.window.showQuickPick(picks, { title: t({ en: 'Filter volumes', ko: '볼륨 필터' }) });
      if (pick === undefined) return;
      if (pick.id === 'clear') return controller.setFilter({});
      if (pick.id === 'unused') return controller.setFilter({ ...controller.filter, unusedOnly: !(controller.filter.unusedOnly ?? false) });
      const value = await vscode.window.showInputBox({ title: pick.label, value: pick.id === 'name' ? controller.filter.name ?? '' : controller.filter.label ?? '' });
      if (value === undefined) return;
      return controller.setFilter({ ...controller.filter, [pick.id]: value.trim() });
    }),
    guard('stowage.explorer.clearFilter', () => controller.setFilter({})),
  ];
}

async function prune(controller: ExplorerController): Promise<void> {
  const client = controller.client;
  if (client === undefined) throw new Error(controller.message ?? t(NO_ENGINE));
  const scopes: (vscode.QuickPickItem & { scope: PruneScope })[] = [
    { label: t({ en: 'Anonymous volumes only', ko: '익명 볼륨만' }), detail: t({ en: 'Unused volumes labelled anonymous by the engine or named with a generated 64-hex id', ko: '엔진이 익명으로 표시했거나 64자리 16진수 이름이 생성된, 사용하지 않는 볼륨' }), scope: 'anonymous' },
    { label: t({ en: 'All unused volumes (named ones too)', ko: '사용하지 않는 모든 볼륨 (이름 있는 볼륨 포함)' }), detail: t({ en: 'Every volume no container (running or stopped) uses', ko: '실행 중이든 중지되었든 어떤 컨테이너도 사용하지 않는 모든 볼륨' }), scope: 'allUnused' },
  ];
  const scope = await vscode.window.showQuickPick(scopes, { title: t({ en: 'Prune unused volumes', ko: '사용하지 않는 볼륨 정리' }) });
  if (scope === undefined) return;
  const plan = await vscode.window.withProgress({ location: { viewId: 'stowage.volumes' } }, () => planPrune(client, scope.scope));
  if (plan.volumes.length === 0) {
    void vscode.window.showInformationMessage(t({ en: 'No unused volumes to prune.', ko: '정리할 볼륨이 없습니다.' }));
    return;
  }
  const size = (bytes: number | undefined): string => (bytes === undefined ? '?' : formatBytes(bytes));
  const total = `${formatBytes(plan.totalBytes)}${plan.unknownSizes > 0 ? ` (+${plan.unknownSizes} ?)` : ''}`;
  // The preview is the set: unticking a volume keeps it.
  const items = plan.volumes.map((volume) => ({ label: volume.name, description: size(volume.size), picked: true, volume }));
  const chosen = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: t({ en: `Prune will delete these ${plan.volumes.length} volumes (${total})`, ko: `정리하면 볼륨 ${plan.volumes.length}개가 삭제됩니다 (${total})` }),
  });
  if (chosen === undefined || chosen.length === 0) return;
  const confirmed: PrunePlan = { ...plan, volumes: chosen.map((item) => item.volume), totalBytes: chosen.reduce((sum, item) => sum + (item.volume.size ?? 0), 0) };
  const remove = t({ en: 'Delete', ko: '삭제' });
  const answer = await vscode.window.showWarningMessage(
    t({ en: `Delete ${chosen.length} volume(s), ${formatBytes(confirmed.totalBytes)}? Their data is lost.`, ko: `볼륨 ${chosen.length}개(${formatBytes(confirmed.totalBytes)})를 삭제할까요? 데이터가 사라집니다.` }),
    { modal: true },
    remove,
  );
  if (answer !== remove) return;
  const result = await executePrune(client, confirmed);
  const kept = result.kept.map((outcome) => t(describeRemoveOutcome(outcome)));
  const summary = t({
    en: `Deleted ${result.deleted.length} volume(s), reclaimed ${formatBytes(result.reclaimedBytes)}.`,
    ko: `볼륨 ${result.deleted.length}개를 삭제해 ${formatBytes(result.reclaimedBytes)}를 확보했습니다.`,
  });
  controller.log.info(`${summary} Deleted: ${result.deleted.map((volume) => volume.name).join(', ') || '—'}`);
  if (kept.length > 0) void vscode.window.showWarningMessage([summary, ...kept].join(' '));
  else void vscode.window.showInformationMessage(summary);
  await controller.refresh();
}
