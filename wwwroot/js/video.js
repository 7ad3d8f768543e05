// Click-to-load video players: nothing is requested from the video host until the reader presses play.
// Only ids of the expected shape reach the privacy-preserving embed addresses the CSP allows.
document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button.video-play') : null;
  if (!button) return;
  const { videoHost: host, videoId: id } = button.dataset;
  let src;
  if (host === 'youtube' && /^[A-Za-z0-9_-]{11}$/.test(id)) src = `https://www.youtube-nocookie.com/embed/${id}?autoplay=1`;
  else if (host === 'vimeo' && /^[0-9]{1,12}$/.test(id)) src = `https://player.vimeo.com/video/${id}?autoplay=1&dnt=1`;
  else return;
  const frame = document.createElement('iframe');
  frame.src = src;
  frame.title = host === 'youtube' ? 'YouTube video player' : 'Vimeo video player';
  frame.className = 'video-frame';
  frame.allow = 'autoplay; encrypted-media; picture-in-picture; fullscreen';
  frame.allowFullscreen = true;
  frame.referrerPolicy = 'strict-origin-when-cross-origin';
  button.replaceWith(frame);
  frame.focus();
});
