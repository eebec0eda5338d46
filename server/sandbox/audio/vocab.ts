// The music catalog's vocabularies (what GET /v2/audio/genres, /moods and /instruments
// list), each genre's musical character, and the sound-effect categories.

/** How a genre sounds: the synthesiser's drum pattern and timbre follow it. */
export type Style =
  | 'electronic'
  | 'pop'
  | 'rock'
  | 'hiphop'
  | 'ambient'
  | 'orchestral'
  | 'jazz'
  | 'acoustic'
  | 'latin';

export interface GenreInfo {
  name: string;
  style: Style;
  /** Typical tempo range, beats per minute. */
  bpm: [number, number];
  /** Instruments a track of this genre usually features (names from INSTRUMENTS). */
  instruments: string[];
  /** How likely a track of this genre has vocals. */
  vocals: number;
}

// prettier-ignore
export const GENRES: readonly GenreInfo[] = [
  { name: 'Acoustic', style: 'acoustic', bpm: [80, 125], instruments: ['Acoustic Guitar', 'Piano', 'Percussion', 'Ukulele', 'Strings'], vocals: 0.35 },
  { name: 'Ambient', style: 'ambient', bpm: [60, 95], instruments: ['Pads', 'Synthesizer', 'Piano', 'Bells', 'Strings'], vocals: 0.05 },
  { name: 'Blues', style: 'rock', bpm: [70, 120], instruments: ['Electric Guitar', 'Bass', 'Drums', 'Harmonica', 'Organ'], vocals: 0.45 },
  { name: 'Children', style: 'acoustic', bpm: [95, 135], instruments: ['Ukulele', 'Glockenspiel', 'Whistle', 'Percussion', 'Piano'], vocals: 0.2 },
  { name: 'Chillout', style: 'electronic', bpm: [75, 105], instruments: ['Electric Piano', 'Pads', 'Synth bass', 'Drum Machine', 'Synthesizer'], vocals: 0.15 },
  { name: 'Cinematic', style: 'orchestral', bpm: [70, 130], instruments: ['Orchestra', 'Strings', 'Brass', 'Percussion', 'Piano', 'Choir'], vocals: 0.05 },
  { name: 'Classical', style: 'orchestral', bpm: [60, 120], instruments: ['Strings', 'Piano', 'Violin', 'Cello', 'Flute', 'Harp'], vocals: 0.03 },
  { name: 'Corporate', style: 'pop', bpm: [95, 125], instruments: ['Piano', 'Acoustic Guitar', 'Synthesizer', 'Drums', 'Bells'], vocals: 0.02 },
  { name: 'Country', style: 'acoustic', bpm: [85, 130], instruments: ['Acoustic Guitar', 'Banjo', 'Bass', 'Drums', 'Mandolin'], vocals: 0.5 },
  { name: 'Dance/Electronic', style: 'electronic', bpm: [118, 132], instruments: ['Synthesizer', 'Synth bass', 'Synth drums', 'Pads'], vocals: 0.3 },
  { name: 'Drum & Bass', style: 'electronic', bpm: [160, 178], instruments: ['Synth drums', 'Synth bass', 'Pads', 'Synthesizer'], vocals: 0.15 },
  { name: 'Dubstep', style: 'hiphop', bpm: [138, 145], instruments: ['Synth bass', 'Synth drums', 'Synthesizer'], vocals: 0.1 },
  { name: 'Electro Pop', style: 'electronic', bpm: [105, 128], instruments: ['Synthesizer', 'Synth bass', 'Synth drums', 'Piano'], vocals: 0.5 },
  { name: 'Folk', style: 'acoustic', bpm: [75, 120], instruments: ['Acoustic Guitar', 'Mandolin', 'Violin', 'Accordion', 'Harmonica'], vocals: 0.45 },
  { name: 'Funk', style: 'pop', bpm: [95, 120], instruments: ['Bass', 'Electric Guitar', 'Drums', 'Brass', 'Organ'], vocals: 0.3 },
  { name: 'Gospel', style: 'pop', bpm: [70, 110], instruments: ['Organ', 'Piano', 'Choir', 'Drums', 'Bass'], vocals: 0.8 },
  { name: 'Hip Hop', style: 'hiphop', bpm: [82, 98], instruments: ['Drum Machine', 'Synth bass', 'Piano', 'Synthesizer'], vocals: 0.35 },
  { name: 'Holiday', style: 'acoustic', bpm: [90, 130], instruments: ['Bells', 'Glockenspiel', 'Piano', 'Strings', 'Brass'], vocals: 0.25 },
  { name: 'House', style: 'electronic', bpm: [120, 128], instruments: ['Synth drums', 'Synth bass', 'Piano', 'Pads'], vocals: 0.3 },
  { name: 'Indie', style: 'rock', bpm: [95, 140], instruments: ['Electric Guitar', 'Bass', 'Drums', 'Synthesizer'], vocals: 0.55 },
  { name: 'Jazz', style: 'jazz', bpm: [80, 160], instruments: ['Saxophone', 'Piano', 'Double Bass', 'Drums', 'Trumpet'], vocals: 0.15 },
  { name: 'Latin', style: 'latin', bpm: [90, 125], instruments: ['Percussion', 'Acoustic Guitar', 'Brass', 'Bass', 'Piano'], vocals: 0.35 },
  { name: 'Lo-Fi', style: 'hiphop', bpm: [70, 90], instruments: ['Electric Piano', 'Drum Machine', 'Bass', 'Vinyl Crackle'], vocals: 0.05 },
  { name: 'Lounge', style: 'jazz', bpm: [85, 115], instruments: ['Electric Piano', 'Double Bass', 'Drums', 'Vibraphone'], vocals: 0.15 },
  { name: 'Metal', style: 'rock', bpm: [120, 175], instruments: ['Electric Guitar', 'Bass', 'Drums'], vocals: 0.4 },
  { name: 'New Age', style: 'ambient', bpm: [60, 90], instruments: ['Pads', 'Harp', 'Flute', 'Bells', 'Piano'], vocals: 0.03 },
  { name: 'Orchestral', style: 'orchestral', bpm: [70, 140], instruments: ['Orchestra', 'Strings', 'Brass', 'Timpani', 'Choir'], vocals: 0.03 },
  { name: 'Pop', style: 'pop', bpm: [95, 128], instruments: ['Piano', 'Synthesizer', 'Drums', 'Bass', 'Electric Guitar'], vocals: 0.6 },
  { name: 'Pop/Rock', style: 'rock', bpm: [100, 140], instruments: ['Electric Guitar', 'Bass', 'Drums', 'Piano'], vocals: 0.5 },
  { name: 'Punk', style: 'rock', bpm: [150, 190], instruments: ['Electric Guitar', 'Bass', 'Drums'], vocals: 0.6 },
  { name: 'R&B/Soul', style: 'hiphop', bpm: [65, 100], instruments: ['Electric Piano', 'Bass', 'Drum Machine', 'Strings', 'Organ'], vocals: 0.7 },
  { name: 'Reggae', style: 'latin', bpm: [70, 90], instruments: ['Bass', 'Electric Guitar', 'Organ', 'Drums', 'Brass'], vocals: 0.5 },
  { name: 'Rock', style: 'rock', bpm: [100, 150], instruments: ['Electric Guitar', 'Bass', 'Drums', 'Organ'], vocals: 0.5 },
  { name: 'Singer-Songwriter', style: 'acoustic', bpm: [70, 115], instruments: ['Acoustic Guitar', 'Piano', 'Strings'], vocals: 0.9 },
  { name: 'Soundtrack', style: 'orchestral', bpm: [60, 120], instruments: ['Strings', 'Piano', 'Pads', 'Percussion', 'Synthesizer'], vocals: 0.03 },
  { name: 'Synthwave', style: 'electronic', bpm: [80, 118], instruments: ['Synthesizer', 'Synth bass', 'Synth drums', 'Pads'], vocals: 0.2 },
  { name: 'Techno', style: 'electronic', bpm: [125, 140], instruments: ['Synth drums', 'Synthesizer', 'Synth bass'], vocals: 0.02 },
  { name: 'Trap', style: 'hiphop', bpm: [130, 150], instruments: ['Drum Machine', 'Synth bass', 'Synthesizer', 'Bells'], vocals: 0.3 },
  { name: 'World', style: 'latin', bpm: [80, 130], instruments: ['Percussion', 'Oud', 'Sitar', 'Flute', 'Strings'], vocals: 0.3 },
];

export const GENRE_NAMES: readonly string[] = GENRES.map((genre) => genre.name);

export interface MoodInfo {
  name: string;
  /** Minor key (darker) rather than major. */
  minor: boolean;
  /** 0 (calm) to 1 (driving): how busy the arrangement is. */
  energy: number;
  /** Words for descriptions and keywords. */
  words: string[];
}

// prettier-ignore
export const MOODS: readonly MoodInfo[] = [
  { name: 'Action / Sports', minor: true, energy: 0.95, words: ['driving', 'powerful', 'sports', 'action'] },
  { name: 'Adventure / Discovery', minor: false, energy: 0.7, words: ['adventurous', 'exploration', 'journey', 'discovery'] },
  { name: 'Aerobics / Workout', minor: false, energy: 1, words: ['workout', 'fitness', 'pumping', 'energetic'] },
  { name: 'Aggressive', minor: true, energy: 1, words: ['aggressive', 'intense', 'heavy', 'hard'] },
  { name: 'Bright', minor: false, energy: 0.6, words: ['bright', 'sunny', 'cheerful', 'fresh'] },
  { name: 'Calm', minor: false, energy: 0.1, words: ['calm', 'gentle', 'soft', 'still'] },
  { name: 'Confident', minor: false, energy: 0.7, words: ['confident', 'bold', 'strong', 'determined'] },
  { name: 'Dark', minor: true, energy: 0.5, words: ['dark', 'brooding', 'ominous', 'shadowy'] },
  { name: 'Dramatic', minor: true, energy: 0.7, words: ['dramatic', 'emotional', 'grand', 'cinematic'] },
  { name: 'Dreamy', minor: false, energy: 0.2, words: ['dreamy', 'floating', 'ethereal', 'hazy'] },
  { name: 'Epic', minor: true, energy: 0.9, words: ['epic', 'heroic', 'massive', 'trailer'] },
  { name: 'Fun', minor: false, energy: 0.75, words: ['fun', 'party', 'good times', 'lively'] },
  { name: 'Groovy', minor: false, energy: 0.7, words: ['groovy', 'funky', 'swinging', 'bouncy'] },
  { name: 'Happy', minor: false, energy: 0.7, words: ['happy', 'joyful', 'carefree', 'smile'] },
  { name: 'Hopeful', minor: false, energy: 0.45, words: ['hopeful', 'warm', 'new beginnings', 'heartfelt'] },
  { name: 'Inspiring', minor: false, energy: 0.6, words: ['inspiring', 'motivational', 'success', 'achievement'] },
  { name: 'Melancholic', minor: true, energy: 0.25, words: ['melancholic', 'wistful', 'bittersweet', 'reflective'] },
  { name: 'Mysterious', minor: true, energy: 0.35, words: ['mysterious', 'curious', 'enigmatic', 'suspense'] },
  { name: 'Nostalgic', minor: false, energy: 0.35, words: ['nostalgic', 'retro', 'memories', 'vintage'] },
  { name: 'Optimistic', minor: false, energy: 0.65, words: ['optimistic', 'positive', 'upbeat', 'celebratory'] },
  { name: 'Peaceful', minor: false, energy: 0.1, words: ['peaceful', 'serene', 'tranquil', 'meditation'] },
  { name: 'Playful', minor: false, energy: 0.6, words: ['playful', 'quirky', 'whimsical', 'cute'] },
  { name: 'Relaxing', minor: false, energy: 0.2, words: ['relaxing', 'chill', 'laid back', 'easy'] },
  { name: 'Romantic', minor: false, energy: 0.3, words: ['romantic', 'love', 'tender', 'intimate'] },
  { name: 'Sad', minor: true, energy: 0.2, words: ['sad', 'sorrowful', 'lonely', 'emotional'] },
  { name: 'Sentimental', minor: false, energy: 0.3, words: ['sentimental', 'touching', 'family', 'heartwarming'] },
  { name: 'Serious', minor: true, energy: 0.4, words: ['serious', 'documentary', 'news', 'focused'] },
  { name: 'Sophisticated', minor: false, energy: 0.45, words: ['sophisticated', 'elegant', 'classy', 'luxury'] },
  { name: 'Stylish', minor: false, energy: 0.6, words: ['stylish', 'fashion', 'chic', 'hip'] },
  { name: 'Suspenseful', minor: true, energy: 0.55, words: ['suspenseful', 'tension', 'thriller', 'anticipation'] },
  { name: 'Tense', minor: true, energy: 0.65, words: ['tense', 'nervous', 'urgent', 'pulsing'] },
  { name: 'Uplifting', minor: false, energy: 0.7, words: ['uplifting', 'euphoric', 'soaring', 'anthem'] },
];

export const MOOD_NAMES: readonly string[] = MOODS.map((mood) => mood.name);

// prettier-ignore
export const INSTRUMENTS: readonly string[] = [
  'Accordion', 'Acoustic Guitar', 'Banjo', 'Bass', 'Bells', 'Brass', 'Cello', 'Choir', 'Clarinet', 'Double Bass',
  'Drum Machine', 'Drums', 'Electric Guitar', 'Electric Piano', 'Flute', 'Glockenspiel', 'Harmonica', 'Harp', 'Mandolin',
  'Orchestra', 'Organ', 'Oud', 'Pads', 'Percussion', 'Piano', 'Saxophone', 'Sitar', 'Strings', 'Synth bass', 'Synth drums',
  'Synthesizer', 'Timpani', 'Trumpet', 'Ukulele', 'Vibraphone', 'Vinyl Crackle', 'Violin', 'Whistle',
];

/** Vocal descriptions of tracks with vocals, and the words the vocal_description filter takes. */
export const VOCALS = [
  { description: 'Male vocals', matches: ['male'] },
  { description: 'Female vocals', matches: ['female'] },
  { description: 'Male and female vocals', matches: ['male', 'female', 'duet', 'mixed'] },
  { description: 'Choir', matches: ['choir', 'group'] },
] as const;

/** Uses a track suits: keywords, descriptions and titles draw on them. */
// prettier-ignore
export const USES = [
  'advertising', 'corporate video', 'documentary', 'vlog', 'travel', 'fashion', 'technology', 'trailer', 'game',
  'podcast', 'wedding', 'presentation', 'youtube', 'film', 'commercial', 'sports', 'tutorial', 'holiday', 'nature', 'slideshow',
];

/** How a sound effect sounds: the preview synthesiser's recipe. */
export type SfxSound =
  | 'whoosh'
  | 'impact'
  | 'click'
  | 'beep'
  | 'ambience'
  | 'rain'
  | 'wind'
  | 'footsteps'
  | 'laser'
  | 'riser'
  | 'boing'
  | 'engine'
  | 'knock'
  | 'glitch'
  | 'bell';

export interface SfxCategory {
  name: string;
  sound: SfxSound;
  /** Duration range, seconds. */
  duration: [number, number];
  /** Subjects: the first words of titles, with keywords. */
  subjects: string[];
  /** Qualities: adjectives for titles and descriptions. */
  qualities: string[];
}

// prettier-ignore
export const SFX_CATEGORIES: readonly SfxCategory[] = [
  { name: 'Whooshes', sound: 'whoosh', duration: [0.6, 2.5], subjects: ['Whoosh', 'Swoosh', 'Swipe', 'Pass By', 'Air Swish'], qualities: ['fast', 'deep', 'airy', 'cinematic', 'short', 'soft'] },
  { name: 'Impacts', sound: 'impact', duration: [0.8, 4], subjects: ['Impact', 'Hit', 'Boom', 'Slam', 'Thud'], qualities: ['heavy', 'cinematic', 'metallic', 'deep', 'punchy', 'distant'] },
  { name: 'User Interface', sound: 'click', duration: [0.1, 0.8], subjects: ['Button Click', 'Tap', 'Toggle', 'Menu Select', 'Switch'], qualities: ['soft', 'crisp', 'digital', 'subtle', 'clean', 'mechanical'] },
  { name: 'Alerts & Notifications', sound: 'beep', duration: [0.3, 2], subjects: ['Notification', 'Alert', 'Beep', 'Message Tone', 'Error Tone'], qualities: ['friendly', 'urgent', 'digital', 'bright', 'short', 'double'] },
  { name: 'Ambience', sound: 'ambience', duration: [15, 60], subjects: ['Room Tone', 'City Ambience', 'Office Ambience', 'Cafe Background', 'Night Ambience'], qualities: ['quiet', 'busy', 'distant', 'warm', 'steady', 'low'] },
  { name: 'Weather', sound: 'rain', duration: [10, 60], subjects: ['Rain', 'Rain On Roof', 'Drizzle', 'Storm', 'Downpour'], qualities: ['light', 'heavy', 'steady', 'gentle', 'distant', 'close'] },
  { name: 'Nature', sound: 'wind', duration: [10, 45], subjects: ['Wind', 'Wind Through Trees', 'Ocean Waves', 'Stream', 'Desert Wind'], qualities: ['gentle', 'gusty', 'howling', 'calm', 'cold', 'soft'] },
  { name: 'Foley', sound: 'footsteps', duration: [2, 10], subjects: ['Footsteps', 'Footsteps On Gravel', 'Running Steps', 'Heels On Tile', 'Walking'], qualities: ['slow', 'fast', 'light', 'heavy', 'indoor', 'outdoor'] },
  { name: 'Sci-Fi', sound: 'laser', duration: [0.3, 2], subjects: ['Laser', 'Blaster', 'Zap', 'Energy Shot', 'Teleport'], qualities: ['futuristic', 'sharp', 'retro', 'electric', 'short', 'bright'] },
  { name: 'Transitions', sound: 'riser', duration: [2, 8], subjects: ['Riser', 'Build Up', 'Sweep', 'Tension Rise', 'Reverse Swell'], qualities: ['cinematic', 'slow', 'epic', 'airy', 'dark', 'bright'] },
  { name: 'Cartoon', sound: 'boing', duration: [0.4, 1.5], subjects: ['Boing', 'Bounce', 'Spring', 'Pop', 'Slide Whistle'], qualities: ['funny', 'comic', 'quick', 'silly', 'cartoon', 'springy'] },
  { name: 'Vehicles', sound: 'engine', duration: [3, 20], subjects: ['Car Engine', 'Motorbike Pass', 'Truck Idle', 'Engine Start', 'Boat Motor'], qualities: ['idling', 'revving', 'distant', 'close', 'old', 'powerful'] },
  { name: 'Household', sound: 'knock', duration: [0.8, 4], subjects: ['Door Knock', 'Knock On Wood', 'Cupboard Close', 'Drawer Shut', 'Table Tap'], qualities: ['firm', 'soft', 'wooden', 'hollow', 'double', 'triple'] },
  { name: 'Glitches', sound: 'glitch', duration: [0.3, 3], subjects: ['Glitch', 'Data Burst', 'Static Stutter', 'Digital Error', 'Signal Loss'], qualities: ['digital', 'harsh', 'short', 'broken', 'electronic', 'noisy'] },
  { name: 'Bells & Chimes', sound: 'bell', duration: [1, 6], subjects: ['Bell', 'Chime', 'Wind Chimes', 'Doorbell', 'Ding'], qualities: ['bright', 'soft', 'magical', 'clear', 'ringing', 'gentle'] },
];
