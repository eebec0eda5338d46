// The custom-music vocabulary: the instruments a render can feature and the descriptors
// (a genre, moods, a tempo range and a band of instruments) its regions are composed in.
// Each descriptor names one of the music catalog's genres and moods, so renders reuse the
// catalog's synthesis: the genre gives the groove and timbre, the moods the key and energy.
import type { Wave } from '../audio/media/dsp';

/** How an instrument plays in a render: its part and its timbre. */
export interface Timbre {
  /** 'lead': a melody on chord tones; 'pad': held chords; 'pluck': arpeggios; 'bass': roots; 'perc': a noise pattern. */
  part: 'lead' | 'pad' | 'pluck' | 'bass' | 'perc';
  wave: Wave;
  /** Octave offset from the chord register. */
  octave: number;
  decay: number;
  lowpass: number;
  level: number;
}

export interface InstrumentInfo {
  id: string;
  name: string;
  tags: string[];
  timbre: Timbre;
}

const t = (
  part: Timbre['part'],
  wave: Wave,
  octave: number,
  decay: number,
  lowpass: number,
  level = 0.12,
): Timbre => ({ part, wave, octave, decay, lowpass, level });

// prettier-ignore
export const INSTRUMENTS: readonly InstrumentInfo[] = [
  { id: 'bright_roomy_kit', name: 'Bright Roomy Kit', tags: ['Percussion', 'Set Kicks', 'Stick Snare', 'Set Hi-Hat', 'Roomy'], timbre: t('perc', 'sine', 0, 40, 8000, 0.14) },
  { id: 'tight_electronic_kit', name: 'Tight Electronic Kit', tags: ['Percussion', 'Electronic', 'Set Kicks', 'Tight'], timbre: t('perc', 'sine', 0, 70, 9000, 0.12) },
  { id: 'hand_shaker', name: 'Hand Shaker', tags: ['Percussion', 'Aux Percs', 'Shaker'], timbre: t('perc', 'sine', 0, 90, 10000, 0.09) },
  { id: 'wood_blocks', name: 'Wood Blocks', tags: ['Percussion', 'Aux Percs', 'Woody'], timbre: t('pluck', 'sine', 1, 28, 5000, 0.1) },
  { id: 'precision_bass_full', name: 'Precision Bass - Full', tags: ['Basses', 'Electric Bass', 'Full'], timbre: t('bass', 'saw', -2, 2, 500, 0.22) },
  { id: 'upright_acoustic_bass', name: 'Upright Acoustic Bass', tags: ['Basses', 'Acoustic Bass', 'Jazz', 'Woody'], timbre: t('bass', 'triangle', -2, 3, 600, 0.24) },
  { id: 'direct_round_synth_bass', name: 'Direct Round Synth Bass', tags: ['Synth Basses', 'Sub', 'Round', 'Direct'], timbre: t('bass', 'sine', -2, 1, 400, 0.26) },
  { id: 'warm_kawai_grand_piano', name: 'Warm Kawai Grand Piano', tags: ['Keys', 'Acoustic Pianos', 'Grand', 'Warm'], timbre: t('pluck', 'triangle', 0, 3, 3200, 0.14) },
  { id: 'warm_upright_piano', name: 'Warm Upright Piano', tags: ['Keys', 'Acoustic Pianos', 'Upright', 'Warm'], timbre: t('pluck', 'triangle', 0, 4, 2600, 0.13) },
  { id: 'classic_rhodes', name: 'Classic Rhodes', tags: ['Keys', 'Electric Pianos', 'Rhodes', 'Classic'], timbre: t('pluck', 'sine', 0, 2.5, 2400, 0.15) },
  { id: 'drawbar_organ', name: 'Drawbar Organ', tags: ['Keys', 'Organ', 'Full'], timbre: t('pad', 'square', 0, 0, 1600, 0.05) },
  { id: 'nylon_acoustic_guitar', name: 'Nylon Acoustic Guitar', tags: ['Guitars', 'Acoustic Guitars', 'Nylon', 'Woody'], timbre: t('pluck', 'triangle', 0, 5, 3000, 0.13) },
  { id: 'steel_acoustic_guitar', name: 'Steel Acoustic Guitar', tags: ['Guitars', 'Acoustic Guitars', 'Steel', 'Bright'], timbre: t('pluck', 'saw', 0, 6, 3600, 0.08) },
  { id: 'clean_electric_guitar', name: 'Clean Electric Guitar', tags: ['Guitars', 'Electric Guitars', 'Clean'], timbre: t('pluck', 'square', 0, 5, 2200, 0.06) },
  { id: 'crunch_electric_guitar', name: 'Crunch Electric Guitar', tags: ['Guitars', 'Electric Guitars', 'Distorted', 'Raw'], timbre: t('pad', 'square', -1, 1.2, 1800, 0.06) },
  { id: 'scoring_violin_ensemble', name: 'Scoring Violin Ensemble', tags: ['Strings', 'Ensemble', 'Violins', 'Sweet'], timbre: t('pad', 'saw', 1, 0, 2800, 0.05) },
  { id: 'scoring_cello_ensemble', name: 'Scoring Cello Ensemble', tags: ['Strings', 'Ensemble', 'Cello Ensemble', 'Warm'], timbre: t('pad', 'saw', -1, 0, 1400, 0.06) },
  { id: 'pizzicato_strings', name: 'Pizzicato Strings', tags: ['Strings', 'Pizzicato', 'Playful'], timbre: t('pluck', 'triangle', 1, 12, 3000, 0.1) },
  { id: 'warm_brass_section', name: 'Warm Brass Section', tags: ['Brass', 'Ensemble', 'Warm'], timbre: t('pad', 'saw', 0, 0.8, 1800, 0.06) },
  { id: 'solo_flute', name: 'Solo Flute', tags: ['Woodwind', 'Flute', 'Breathy', 'Airy'], timbre: t('lead', 'sine', 1, 1, 6000, 0.08) },
  { id: 'tenor_saxophone', name: 'Tenor Saxophone', tags: ['Woodwind', 'Saxophone', 'Jazz'], timbre: t('lead', 'saw', 0, 1.5, 1800, 0.06) },
  { id: 'crystal_mallets', name: 'Crystal Mallets', tags: ['Synth Mallets', 'Crystal', 'Bright'], timbre: t('lead', 'sine', 2, 6, 8000, 0.07) },
  { id: 'vibraphone', name: 'Vibraphone', tags: ['Mallets', 'Vibraphone', 'Jazz', 'Metallic'], timbre: t('pluck', 'sine', 1, 3, 6000, 0.1) },
  { id: 'glockenspiel', name: 'Glockenspiel', tags: ['Mallets', 'Glockenspiel', 'Bright', 'Metallic'], timbre: t('lead', 'sine', 2, 8, 9000, 0.06) },
  { id: 'lush_warm_pad', name: 'Warm Pad - Lush', tags: ['Synth Pads', 'Mid Pads', 'Warm', 'Lush'], timbre: t('pad', 'saw', 0, 0, 1000, 0.05) },
  { id: 'crystal_breath_pad', name: 'Crystal Breath Pad', tags: ['Synth Pads', 'High Pads', 'Airy', 'Ethereal'], timbre: t('pad', 'triangle', 1, 0, 3000, 0.05) },
  { id: 'fluorescent_synth_lead', name: 'Fluorescent Synth Lead', tags: ['Synth Leads', 'Bright', 'Buzzy'], timbre: t('lead', 'square', 1, 2, 3000, 0.05) },
  { id: 'pulse_synth_arp', name: 'Pulse Synth Arp', tags: ['Synth Arps', 'Electronic', 'Tight'], timbre: t('pluck', 'square', 0, 10, 2500, 0.06) },
  { id: 'harp', name: 'Concert Harp', tags: ['Strings', 'Harp', 'Plucked', 'Classic'], timbre: t('pluck', 'triangle', 1, 4, 5000, 0.11) },
  { id: 'choir_aahs', name: 'Choir Aahs', tags: ['Voice', 'Choir', 'Angelic'], timbre: t('pad', 'triangle', 0, 0, 2000, 0.06) },
];

export interface DescriptorInfo {
  id: string;
  name: string;
  /** The music catalog's genre whose groove and timbre the region takes. */
  genre: string;
  /** The music catalog's moods: they set the key (minor or major) and the energy. */
  moods: string[];
  min_tempo: number;
  max_tempo: number;
  /** Instrument ids (INSTRUMENTS) the descriptor's band plays when a span names none. */
  instruments: string[];
  tags: string[];
  /** Seconds of music made per second of rendering (for the vendor's average_render_speed). */
  render_speed: number;
  bands: number;
}

const d = (
  id: string,
  genre: string,
  moods: string[],
  tempo: [number, number],
  instruments: string[],
  tags: string[],
  render_speed: number,
  bands = 2,
): DescriptorInfo => ({
  id,
  name: id
    .split('_')
    .map((word) => word[0]?.toUpperCase() + word.slice(1))
    .join(' '),
  genre,
  moods,
  min_tempo: tempo[0],
  max_tempo: tempo[1],
  instruments,
  tags,
  render_speed,
  bands,
});

// prettier-ignore
export const DESCRIPTORS: readonly DescriptorInfo[] = [
  d('ambient_drone_calm', 'Ambient', ['Calm', 'Peaceful'], [60, 80], ['lush_warm_pad', 'crystal_breath_pad', 'crystal_mallets'], ['Ambient', 'Calm', 'Positive', 'Pads', 'Slow', 'Airy'], 9.4, 1),
  d('ambient_minimal_dreamy', 'New Age', ['Dreamy', 'Relaxing'], [62, 84], ['crystal_breath_pad', 'harp', 'solo_flute'], ['Ambient', 'Dreamy', 'Positive', 'Minimal', 'Ethereal'], 8.7),
  d('cinematic_minimal_tense', 'Soundtrack', ['Tense', 'Suspenseful'], [58, 76], ['lush_warm_pad', 'direct_round_synth_bass', 'crystal_breath_pad'], ['Cinematic', 'Tense', 'Negative', 'Minimal', 'Natural Minor', 'Dorian'], 8.2),
  d('cinematic_epic_heroic', 'Orchestral', ['Epic', 'Dramatic'], [88, 120], ['scoring_violin_ensemble', 'scoring_cello_ensemble', 'warm_brass_section', 'bright_roomy_kit'], ['Cinematic', 'Epic', 'Trailer', 'Strings', 'Brass', 'Big'], 5.1),
  d('cinematic_strings_heartfelt', 'Cinematic', ['Hopeful', 'Sentimental'], [66, 90], ['scoring_violin_ensemble', 'scoring_cello_ensemble', 'warm_kawai_grand_piano'], ['Cinematic', 'Heartfelt', 'Positive', 'Strings', 'Piano'], 6.3),
  d('classical_chamber_elegant', 'Classical', ['Sophisticated', 'Romantic'], [70, 100], ['scoring_violin_ensemble', 'scoring_cello_ensemble', 'harp'], ['Classical', 'Chamber', 'Elegant', 'Strings'], 6.0, 1),
  d('corporate_pop_inspirational', 'Corporate', ['Inspiring', 'Optimistic'], [100, 124], ['warm_kawai_grand_piano', 'steel_acoustic_guitar', 'tight_electronic_kit', 'precision_bass_full'], ['Corporate', 'Pop', 'Inspirational', 'High Energy', 'Positive'], 7.5),
  d('corporate_folk_bonfire', 'Folk', ['Hopeful', 'Happy'], [90, 116], ['steel_acoustic_guitar', 'nylon_acoustic_guitar', 'hand_shaker', 'upright_acoustic_bass'], ['Corporate', 'Folk', 'Acoustic', 'Warm', 'Positive'], 7.8),
  d('documentary_underscore_heartfelt', 'Acoustic', ['Sentimental', 'Hopeful'], [72, 96], ['nylon_acoustic_guitar', 'warm_upright_piano', 'scoring_cello_ensemble'], ['Documentary', 'Underscore', 'Heartfelt', 'Acoustic', 'Piano'], 8.0),
  d('documentary_serious_pulse', 'Soundtrack', ['Serious', 'Mysterious'], [84, 108], ['direct_round_synth_bass', 'pulse_synth_arp', 'lush_warm_pad'], ['Documentary', 'Serious', 'Negative', 'Pulse', 'Synth'], 7.2),
  d('electronic_house_groovy', 'House', ['Groovy', 'Fun'], [120, 128], ['tight_electronic_kit', 'direct_round_synth_bass', 'classic_rhodes', 'lush_warm_pad'], ['Electronic', 'House', 'Dance', 'Groovy', '4/4'], 6.8),
  d('electronic_synthwave_retro', 'Synthwave', ['Nostalgic', 'Stylish'], [86, 112], ['fluorescent_synth_lead', 'pulse_synth_arp', 'direct_round_synth_bass', 'tight_electronic_kit'], ['Electronic', 'Synthwave', 'Retro', '80s', 'Synth'], 6.4),
  d('electronic_techno_driving', 'Techno', ['Tense', 'Confident'], [126, 138], ['tight_electronic_kit', 'pulse_synth_arp', 'direct_round_synth_bass'], ['Electronic', 'Techno', 'Driving', 'Dark'], 6.9, 1),
  d('hip_hop_lofi_chill', 'Lo-Fi', ['Relaxing', 'Nostalgic'], [70, 88], ['classic_rhodes', 'tight_electronic_kit', 'upright_acoustic_bass'], ['Hip Hop', 'Lo-Fi', 'Chill', 'Study', 'Warm'], 8.9),
  d('hip_hop_trap_dark', 'Trap', ['Dark', 'Confident'], [132, 148], ['tight_electronic_kit', 'direct_round_synth_bass', 'glockenspiel'], ['Hip Hop', 'Trap', 'Dark', '808', 'Negative'], 7.0),
  d('jazz_lounge_smooth', 'Lounge', ['Sophisticated', 'Relaxing'], [88, 112], ['classic_rhodes', 'upright_acoustic_bass', 'vibraphone', 'tenor_saxophone'], ['Jazz', 'Lounge', 'Smooth', 'Elegant'], 7.4),
  d('jazz_swing_playful', 'Jazz', ['Playful', 'Fun'], [120, 160], ['warm_upright_piano', 'upright_acoustic_bass', 'bright_roomy_kit', 'tenor_saxophone'], ['Jazz', 'Swing', 'Playful', 'Positive'], 6.6),
  d('kids_playful_quirky', 'Children', ['Playful', 'Happy'], [100, 130], ['glockenspiel', 'pizzicato_strings', 'wood_blocks', 'nylon_acoustic_guitar'], ['Kids', 'Playful', 'Quirky', 'Positive', 'Mallets'], 8.1, 1),
  d('latin_bossa_warm', 'Latin', ['Romantic', 'Relaxing'], [92, 120], ['nylon_acoustic_guitar', 'hand_shaker', 'upright_acoustic_bass', 'solo_flute'], ['Latin', 'Bossa Nova', 'Warm', 'Acoustic'], 7.6),
  d('pop_upbeat_happy', 'Pop', ['Happy', 'Uplifting'], [104, 126], ['clean_electric_guitar', 'warm_kawai_grand_piano', 'bright_roomy_kit', 'precision_bass_full'], ['Pop', 'Upbeat', 'Happy', 'Positive', 'High Energy'], 7.3),
  d('rock_indie_confident', 'Indie', ['Confident', 'Optimistic'], [110, 138], ['crunch_electric_guitar', 'clean_electric_guitar', 'bright_roomy_kit', 'precision_bass_full'], ['Rock', 'Indie', 'Confident', 'Guitars', 'Driving'], 6.7),
  d('rock_action_aggressive', 'Rock', ['Aggressive', 'Action / Sports'], [128, 150], ['crunch_electric_guitar', 'bright_roomy_kit', 'precision_bass_full'], ['Rock', 'Action', 'Aggressive', 'Sports', 'Distorted'], 6.2, 1),
  d('soul_gospel_uplifting', 'Gospel', ['Uplifting', 'Hopeful'], [72, 100], ['drawbar_organ', 'choir_aahs', 'warm_upright_piano', 'precision_bass_full'], ['Soul', 'Gospel', 'Uplifting', 'Choir', 'Organ'], 6.5),
  d('world_journey_mysterious', 'World', ['Mysterious', 'Adventure / Discovery'], [84, 112], ['hand_shaker', 'solo_flute', 'harp', 'lush_warm_pad'], ['World', 'Journey', 'Mysterious', 'Travel'], 7.1),
];

export const descriptorById = new Map(DESCRIPTORS.map((descriptor) => [descriptor.id, descriptor]));
export const instrumentById = new Map(INSTRUMENTS.map((instrument) => [instrument.id, instrument]));

/** The band names of a descriptor, as the vendor lists them. */
export const bandsOf = (descriptor: DescriptorInfo) =>
  Array.from({ length: descriptor.bands }, (_, i) => ({
    id: `${descriptor.id}_band_${i + 1}`,
    name: `${descriptor.name} Band ${i + 1}`,
  }));
