import type { Notice } from './share-form';

export interface NoticeBannerProps {
  readonly notice: Notice;
  readonly onDismiss: () => void;
}

/** A message about the page as a whole, such as a share link that could not be opened. */
export function NoticeBanner({ notice, onDismiss }: NoticeBannerProps) {
  return (
    <div className={`notice notice-${notice.kind}`}>
      <p role={notice.kind === 'error' ? 'alert' : 'status'}>{notice.text}</p>
      <button type="button" className="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
