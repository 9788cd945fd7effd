// Seek buttons for the archiver pages: no framework, no network, no inline script.
//   <button data-seek="12.5" data-end="15" data-player="player" data-evidence="3">
// plays the player from 12.5 s and pauses at 15 s; segments of the transcript light up
// while they play, and those of the chosen evidence span stay marked.
(function () {
  "use strict";

  function playerFor(element) {
    return document.getElementById((element && element.dataset.player) || "player");
  }

  function markEvidence(evidenceId) {
    document.querySelectorAll(".arc-segment").forEach(function (segment) {
      var ids = (segment.dataset.evidence || "").split(" ");
      segment.classList.toggle("arc-active", evidenceId !== "" && ids.indexOf(evidenceId) >= 0);
    });
  }

  function markPlaying(time) {
    document.querySelectorAll(".arc-segment").forEach(function (segment) {
      var start = parseFloat(segment.dataset.start);
      var end = parseFloat(segment.dataset.end);
      segment.classList.toggle("arc-playing", time >= start && time < end);
    });
  }

  function seek(audio, start, end) {
    audio.dataset.stopAt = end === undefined ? "" : String(end);
    audio.currentTime = start;
    var playing = audio.play();
    // A browser may refuse to play (no audio device, autoplay rules): the seek still stands.
    if (playing && playing.catch) {
      playing.catch(function () {});
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-seek]");
    if (!button) {
      return;
    }
    var audio = playerFor(button);
    if (!audio) {
      return;
    }
    event.preventDefault();
    markEvidence(button.dataset.evidence || "");
    seek(audio, parseFloat(button.dataset.seek) || 0, button.dataset.end);
  });

  document.querySelectorAll("audio").forEach(function (audio) {
    audio.addEventListener("timeupdate", function () {
      var stopAt = parseFloat(audio.dataset.stopAt);
      if (!isNaN(stopAt) && audio.currentTime >= stopAt) {
        audio.pause();
        audio.dataset.stopAt = "";
      }
      if (audio.id === "player") {
        markPlaying(audio.currentTime);
      }
    });
  });

  // /-/clip/ID#t=12.5 (from an article page or a table row) opens the clip at that
  // moment; a new #t= on the same page (typed, or the back button) seeks again.
  function seekToFragment() {
    var match = /(?:^#|&)t=(\d+(?:\.\d+)?)/.exec(window.location.hash);
    var player = document.getElementById("player");
    if (!match || !player) {
      return;
    }
    var moment = parseFloat(match[1]);
    var apply = function () {
      player.currentTime = moment;
      markPlaying(moment);
    };
    if (player.readyState >= 1) {
      apply();
    } else {
      player.addEventListener("loadedmetadata", apply, { once: true });
    }
  }
  seekToFragment();
  window.addEventListener("hashchange", seekToFragment);

  // "Show only sentences that cite a clip" on an article page.
  var only = document.getElementById("arc-only-cited");
  if (only) {
    only.addEventListener("change", function () {
      document.body.classList.toggle("arc-hide-plain", only.checked);
    });
  }
})();
