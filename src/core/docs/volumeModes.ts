// The mode words of a `-v` spec and of Compose short syntax, as moby's Linux parser groups them:
// at most one of each group.
import type { DocEntry } from './entry';
import { l, URLS } from './entry';

const propagation = (body: string, ko: string): DocEntry => ({
  title: l('bind propagation', '바인드 전파'),
  body: l(`${body} Only meaningful for a bind mount.`, `${ko} 바인드 마운트에서만 의미가 있습니다.`),
  values: l('`rprivate` (default), `private`, `rshared`, `shared`, `rslave`, `slave`', '`rprivate`(기본), `private`, `rshared`, `shared`, `rslave`, `slave`'),
  url: URLS.propagation,
});

const consistency: DocEntry = {
  title: l('consistency', 'consistency'),
  body: l('A hint for Docker Desktop on macOS; accepted and ignored on Linux.', 'macOS용 Docker Desktop에 주는 힌트이며, Linux에서는 받아들이고 무시합니다.'),
  values: l('`consistent`, `cached`, `delegated`', '`consistent`, `cached`, `delegated`'),
  url: URLS.bindMounts,
};

export const VOLUME_MODE_DOCS: Readonly<Record<string, DocEntry>> = {
  ro: { title: l('ro: read-only', 'ro: 읽기 전용'), body: l('The container can read but not change this mount.', '컨테이너는 이 마운트를 읽을 수만 있습니다.'), defaultValue: l('`rw`', '`rw`'), url: URLS.runVolume },
  rw: { title: l('rw: read-write', 'rw: 읽기·쓰기'), body: l('The container can change this mount (the default; writing it is optional).', '컨테이너가 이 마운트를 바꿀 수 있습니다(기본값이라 생략해도 됨).'), defaultValue: l('`rw`', '`rw`'), url: URLS.runVolume },
  z: { title: l('z: shared SELinux label', 'z: 공유 SELinux 레이블'), body: l('Relabels the host content so several containers can share it (SELinux hosts only). Relabelling a system folder such as `/home` or `/usr` can lock the host out of it. `--mount` has no equivalent.', '여러 컨테이너가 공유할 수 있도록 호스트 내용의 레이블을 바꿉니다(SELinux 호스트 전용). `/home`, `/usr` 같은 시스템 폴더에 쓰면 호스트가 접근하지 못할 수 있습니다. `--mount`에는 같은 옵션이 없습니다.'), url: URLS.selinux },
  Z: { title: l('Z: private SELinux label', 'Z: 전용 SELinux 레이블'), body: l('Relabels the host content for this container only (SELinux hosts only); other containers lose access. `--mount` has no equivalent.', '이 컨테이너만 쓰도록 호스트 내용의 레이블을 바꿉니다(SELinux 호스트 전용). 다른 컨테이너는 접근할 수 없게 됩니다. `--mount`에는 같은 옵션이 없습니다.'), url: URLS.selinux },
  nocopy: { title: l('nocopy', 'nocopy'), body: l('Does not copy the image\'s files at the target into a new, empty volume. Only for volumes.', '새로 만든 빈 볼륨에 이미지의 target 경로 파일을 복사하지 않습니다. 볼륨 전용입니다.'), url: URLS.volumes },
  shared: propagation('Mounts made on either side are seen on both.', '어느 쪽에서 만든 마운트든 양쪽에 보입니다.'),
  rshared: propagation('Like `shared`, also for mounts nested below.', '`shared`와 같고, 그 아래 중첩된 마운트에도 적용됩니다.'),
  slave: propagation('Host mounts are seen in the container, not the other way round.', '호스트의 마운트는 컨테이너에 보이지만 반대는 아닙니다.'),
  rslave: propagation('Like `slave`, also for mounts nested below.', '`slave`와 같고, 그 아래 중첩된 마운트에도 적용됩니다.'),
  private: propagation('No mount is seen across.', '어느 쪽의 마운트도 건너가지 않습니다.'),
  rprivate: propagation('Like `private`, also for mounts nested below (the default).', '`private`와 같고, 그 아래 중첩된 마운트에도 적용됩니다(기본값).'),
  consistent: consistency,
  cached: consistency,
  delegated: consistency,
};

export const VOLUME_MODE_WORDS = Object.keys(VOLUME_MODE_DOCS);
